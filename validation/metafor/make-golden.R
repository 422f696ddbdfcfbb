# Writes the golden files: metafor's answers for the cases in models.R (and bias.R when present), as JSON under
# validation/metafor/golden/. Run from the repository root:
#
#   Rscript validation/metafor/make-golden.R
#
# The reference datasets are read from $EVIDENS_SHARED/meta-analysis/data_metadat (default ../shared/data), the same
# CSV files the TypeScript tests read, so both sides start from identical numbers. Output is deterministic: the same
# files byte for byte on every run with the same metafor version.

suppressPackageStartupMessages({
  library(metafor)
  library(jsonlite)
})

# Factor levels (categorical moderators) are sorted by the collation locale; fix it so reruns agree across machines.
invisible(Sys.setlocale("LC_COLLATE", "C"))

shared_dir <- Sys.getenv("EVIDENS_SHARED", unset = file.path("..", "shared", "data"))
data_dir <- file.path(shared_dir, "meta-analysis", "data_metadat")
if (!dir.exists(data_dir)) {
  stop("reference data not found at ", normalizePath(data_dir, mustWork = FALSE),
       " (run from the repository root, or set EVIDENS_SHARED to the shared data folder)")
}
if (!dir.exists(file.path("validation", "metafor"))) stop("run this script from the repository root")

golden_root <- file.path("validation", "metafor", "golden")
metafor_version <- as.character(packageVersion("metafor"))

# One dataset as the tests see it: the CSV export, strings kept as strings.
read_dataset <- function(name) {
  read.csv(file.path(data_dir, paste0(name, ".csv")), stringsAsFactors = FALSE, check.names = FALSE)
}

# NULL -> JSON null; NA -> null; numbers with 15 significant digits (round-trip far below the 1e-6 tolerance).
write_golden <- function(obj, dir, id) {
  dir.create(dir, recursive = TRUE, showWarnings = FALSE)
  path <- file.path(dir, paste0(id, ".json"))
  json <- toJSON(obj, digits = NA, auto_unbox = TRUE, pretty = TRUE, na = "null", null = "null")
  writeLines(json, path, useBytes = TRUE)
  invisible(path)
}

# Clears one output folder so that a case removed from the scripts does not leave a stale file behind.
reset_dir <- function(dir) {
  unlink(list.files(dir, pattern = "\\.json$", full.names = TRUE))
  dir.create(dir, recursive = TRUE, showWarnings = FALSE)
}

source(file.path("validation", "metafor", "models.R"), local = FALSE)
bias_script <- file.path("validation", "metafor", "bias.R")
if (file.exists(bias_script)) source(bias_script, local = FALSE)
