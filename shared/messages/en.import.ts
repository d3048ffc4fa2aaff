/** Messages of the document import, in English (same keys and placeholders as vi.import.ts). */
import type { viImport } from './vi.import';

export const enImport = {
  'import.wrong_extension': 'File “{file}” not accepted: only {accepted} files are.',
  'import.file_too_large': 'File “{file}” is too large ({size}); the limit is {limit}.',
  'import.part_too_large':
    'File “{file}” has a part ({part}) larger than {limit} once unzipped; the file is too large or an unusual archive.',
  'import.too_many_paragraphs': 'File “{file}” has too many paragraphs (over {max}).',
  'import.too_many_pages': 'File “{file}” has {pages} pages; the limit is {max} pages.',
  'import.too_many_entries': 'File “{file}” holds too many parts (over {max}); it is not an ordinary Word file.',
  'import.empty': 'File “{file}” has no text to import (the document is empty).',
  'import.empty_file': 'File “{file}” is empty (0 bytes).',
  'import.not_docx': 'File “{file}” is not a Word .docx file (not Office Open XML). Open it in Word and save it as .docx.',
  'import.legacy_doc':
    'File “{file}” is a Word 97–2003 (.doc) or older Office file named .docx. Rename it to .doc and import it again, or open it in Word and save it as .docx.',
  'import.encrypted':
    'File “{file}” is password-protected (encrypted). Remove the password in Word (File › Info › Protect Document) and import it again.',
  'import.pdf_named_docx':
    'File “{file}” is a PDF named .docx. Rename it to .pdf and import it again, or import the Word (.docx) version of the document.',
  'import.rtf': 'File “{file}” is an RTF file, not .docx. Open it in Word and save it as .docx.',
  'import.open_document': 'File “{file}” is an OpenDocument (.odt) file, not .docx. Save it as Word (.docx).',
  'import.no_main_document':
    'File “{file}” is an archive without a Word document part (word/document.xml); it is not a .docx file.',
  'import.corrupt': 'File “{file}” is damaged or unreadable ({detail}).',
  'import.corrupt_xml': 'File “{file}” is damaged: part {part} is not valid XML.',
  'import.bad_utf8': 'File “{file}” is not UTF-8 text (it may be TCVN3/VNI or Windows-1258). Save it again as UTF-8.',
  'import.unreadable': 'File “{file}” cannot be read: {detail}.',
  'import.not_doc':
    'File “{file}” is not a valid Word 97–2003 (.doc) file. Open it in Word, save it as .docx and import it again.',
  'import.word6': 'File “{file}” is a Word 6.0/95 file, too old to read. Open it in Word, save it as .docx and import it again.',
  'import.docx_named_doc': 'File “{file}” is really a .docx file named .doc. Rename it to .docx and import it again.',
  'import.pdf_named_doc': 'File “{file}” is really a PDF named .doc. Rename it to .pdf and import it again.',
  'import.rtf_named_doc':
    'File “{file}” is really an RTF file named .doc. Open it in Word, save it as .docx and import it again.',
  'import.html_named_doc':
    'File “{file}” is really a web page (HTML) or XML saved as .doc, not a Word file. Open it in Word, save it as .docx and import it again.',
  'import.not_pdf': 'File “{file}” is not a valid PDF (no %PDF header).',
  'import.pdf_scanned':
    'File “{file}” is a scanned PDF (images only, no text layer), so its text cannot be read. Ask the agency for the Word version (.docx or .doc).',
  'import.pdf_encrypted':
    'File “{file}” is a password-protected (encrypted) PDF. Ask for a copy without a password, or the Word (.docx) version.',
  'import.out_of_memory': 'File “{file}” is too large to read: reading it went over the allowed memory.',
  'import.timed_out': 'File “{file}” took too long to read (over {seconds} seconds) and was stopped.',
  'import.read_error': 'Error while reading the file: {detail}',
  'import.worker_failed': 'File “{file}”: error while reading the file ({detail}).',
  'import.warning.images': 'The document has {count} pictures; pictures are not imported, only the text.',
  'import.warning.text_boxes':
    'The document has {count} text boxes; their text becomes a paragraph of its own before the paragraph holding the box.',
  'import.warning.legacy_fonts':
    'The document uses old fonts ({fonts}); if Vietnamese letters look wrong, convert it to Unicode before importing.',
  'import.warning.embedded': 'The document has {count} embedded parts (OLE objects, embedded documents) that are not imported.',
  'import.warning.legacy_word':
    'Word 97–2003 file (.doc): bold, italics, merged cells and Word’s automatic numbering are not read; check the preview carefully.',
  'import.warning.pdf_layout':
    'PDF file: paragraphs are put together from line positions; tables are read as lines of text and footnotes sit in the body. If there is a Word version, use it.',
  'import.warning.pdf_scanned_pages':
    '{count} pages of the PDF are only images (scanned, no text layer) and are not imported; ask for the Word version if you need them.',
  'import.warning.no_header':
    'The document’s header (issuing body, number, reference, date) was not recognised; enter these details by hand.',
  'import.detail.xml_too_deep': 'XML nested too deeply',
  'import.detail.no_body': 'the main part has no document body (w:body)',
  'import.detail.pdf_unopenable': 'the PDF cannot be opened: {reason}',
  'import.detail.binary_text': 'the file holds binary data, not plain text',
  'import.detail.not_a_file': 'this is not a file',
  'import.detail.zip_no_directory': 'the archive’s directory is missing; the file may be cut short',
  'import.detail.zip_multipart': 'a multi-part archive',
  'import.detail.zip64_bad': 'the ZIP64 directory is not valid',
  'import.detail.zip_directory_outside': 'the archive’s directory lies outside the file; the file may be cut short',
  'import.detail.zip_directory_broken': 'the archive’s directory is damaged',
  'import.detail.zip_entry_repeated': 'part “{name}” appears twice',
  'import.detail.in_part': '{detail} in part {part}',
  'import.detail.zip_local_header': 'a part’s header is damaged',
  'import.detail.zip_truncated': 'the data is cut short',
  'import.detail.zip_inflate': 'the compressed data is damaged',
  'import.detail.zip_method': 'compression method {method} is not supported',
  'import.detail.zip_size': 'the size after decompression does not match',
  'import.detail.zip_crc': 'the CRC checksum is wrong',
  'import.detail.worker_exit': 'the reading thread stopped with code {code}',
  'import.detail.cancelled': 'cancelled',
  'import.detail.word_out_of_stream': 'a read past the end of stream {stream}',
  'import.detail.word_piece_table_bad': 'the text piece table is invalid',
  'import.detail.word_no_piece_table': 'there is no text piece table',
  'import.detail.ole_unreadable': 'the OLE file cannot be read: {detail}',
  'import.detail.no_word_stream': 'there is no WordDocument stream',
  'import.detail.no_fib': 'there is no Word FIB block',
  'import.detail.no_table_stream': 'the table stream (1Table/0Table) is missing',
  'import.detail.too_many_chars': 'too many characters ({count})',
} as const satisfies Record<keyof typeof viImport, string>;
