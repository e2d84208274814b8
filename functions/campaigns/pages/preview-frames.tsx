/**
 * The compiled letter at a desktop and a phone width, and its text version. The frames are sandboxed
 * with no permission at all: nothing in a campaign runs, submits or navigates the console.
 */
export function PreviewFrames({ html, text }: { html: string; text: string }) {
  return (
    <div>
      <PreviewFrame html={html} width={640} label="Ordinateur (640 px)" name="ordinateur" />
      <PreviewFrame html={html} width={360} label="Téléphone (360 px)" name="telephone" />
      <h3>Version texte</h3>
      <pre
        data-apercu="texte"
        style="white-space:pre-wrap;border:1px solid #c8c8c8;padding:.75rem;max-width:40rem;font-size:.9rem"
      >
        {text}
      </pre>
    </div>
  );
}

function PreviewFrame({
  html,
  width,
  label,
  name,
}: {
  html: string;
  width: number;
  label: string;
  name: string;
}) {
  return (
    <figure>
      <figcaption>{label}</figcaption>
      <div
        role="region"
        aria-label={`Aperçu, ${label}`}
        tabindex={0}
        style="overflow:auto;max-width:100%;width:fit-content;border:1px solid #c8c8c8"
      >
        <iframe
          sandbox=""
          srcdoc={html}
          title={`Aperçu de la lettre, ${label}`}
          width={width}
          height={640}
          data-apercu={name}
          style={`display:block;border:0;width:${width}px`}
          // Out of the Tab order: its box above is the stop (to scroll it); the letter's links lead nowhere from a sandbox.
          tabindex={-1}
        />
      </div>
    </figure>
  );
}
