/** Import of a review folder into the store, and export back out. */
export { exportFiles, exportFolder, loadReviewFromStore } from './export-folder.js';
export { contentDigest } from './folder-files.js';
export { type ImportFolderOptions, type ImportFolderResult, importFolder } from './import-folder.js';
