/**
 * The editing state shared by the study and data forms: the stored item, the form in the page's language (turned
 * back into a doc on a language switch, so nothing typed is lost), and saving with the 409 and 422 answers.
 */
import { useEffect, useState } from 'react';
import { type ItemCollection, type SaveFailure, saveFailure, saveItem } from '../api/items';
import type { Item } from '../api/types';
import type { Language } from '../i18n/messages';
import type { Doc } from './study-form';

export interface FormCodec<F> {
  toForm: (doc: Doc, lang: Language) => F;
  toDoc: (form: F, original: Doc, lang: Language) => Doc;
}

export function useDraft<F>(
  reviewId: string,
  collection: ItemCollection,
  item: Item<Doc> | undefined,
  lang: Language,
  codec: FormCodec<F>,
  initial?: F,
) {
  const [base, setBase] = useState(item);
  const [original, setOriginal] = useState<Doc>(item?.doc ?? {});
  const [form, setForm] = useState<F>(() => initial ?? codec.toForm(item?.doc ?? {}, lang));
  const [formLang, setFormLang] = useState(lang);
  const [saving, setSaving] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number>();
  const [failure, setFailure] = useState<SaveFailure>();

  useEffect(() => {
    if (lang === formLang) return;
    const doc = codec.toDoc(form, original, formLang);
    setOriginal(doc);
    setForm(codec.toForm(doc, lang));
    setFormLang(lang);
  }, [lang, formLang, form, original, codec]);

  const doc = codec.toDoc(form, original, formLang);
  const edit = (next: F) => {
    setForm(next);
    setSavedVersion(undefined);
  };

  const save = async (): Promise<Item<Doc> | undefined> => {
    setSaving(true);
    setFailure(undefined);
    try {
      const saved = await saveItem<Doc>(reviewId, collection, base, doc);
      setBase(saved);
      setOriginal(saved.doc);
      setForm(codec.toForm(saved.doc, formLang));
      setSavedVersion(saved.version);
      return saved;
    } catch (e) {
      setFailure(saveFailure(e));
      return undefined;
    } finally {
      setSaving(false);
    }
  };

  /** After a 409: show the other person's version in the form. */
  const takeTheirs = (current: Item<Doc>) => {
    setBase(current);
    setOriginal(current.doc);
    setForm(codec.toForm(current.doc, formLang));
    setFailure(undefined);
  };
  /** After a 409: keep what is typed, and let the next save replace their version. */
  const keepMine = (current: Item<Doc>) => {
    setOriginal(codec.toDoc(form, current.doc, formLang));
    setBase(current);
    setFailure(undefined);
  };

  return { base, form, edit, doc, save, saving, savedVersion, failure, takeTheirs, keepMine };
}
