import ReactMarkdown, { type Components } from "react-markdown";

/**
 * Markdown written by people (comments, guidelines), rendered safely: react-markdown builds React
 * elements, never HTML strings; raw HTML in the source is dropped (skipHtml), and its URL filter
 * keeps only http(s), mailto and relative links. Headings are demoted so that a comment's "# Note"
 * never outranks the page's own headings.
 */
const COMPONENTS: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h4>{children}</h4>,
  h3: ({ children }) => <h5>{children}</h5>,
  a: ({ href, children }) => <a href={href} rel="noopener noreferrer nofollow">{children}</a>,
  img: ({ alt }) => <span className="muted">[image: {alt || "no description"}]</span>,
};

export function Markdown({ source, className = "markdown" }: { source: string; className?: string }) {
  return (
    <div className={className}>
      <ReactMarkdown skipHtml components={COMPONENTS}>{source}</ReactMarkdown>
    </div>
  );
}
