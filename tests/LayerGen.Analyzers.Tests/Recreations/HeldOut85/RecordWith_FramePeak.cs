// Idiom: `frame with { Logits = ... }` over a list of immutable record classes.
// Use: per-frame keyword-spotting scores from an audio model, normalised per frame.
// Layout: IReadOnlyList<Frame>, each record carrying a float[] of logits (one softmax per frame).
// Bug (LG0001): one peak over every frame of the clip is subtracted, while each frame is normalised by its own sum.
// Our own code.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut85.RecordWith_FramePeak;

public sealed record Frame(int Step, float[] Logits);

public static class KeywordSpotter
{
    public static List<Frame> Normalise(IReadOnlyList<Frame> frames)
    {
        float peak = frames.Max(f => f.Logits.Max()); //~ LG0001
        var output = new List<Frame>(frames.Count);
        foreach (Frame frame in frames)
        {
            float[] e = Array.ConvertAll(frame.Logits, v => MathF.Exp(v - peak));
            float mass = 0f;
            foreach (float v in e)
                mass += v;
            for (int k = 0; k < e.Length; k++)
                e[k] /= mass;
            output.Add(frame with { Logits = e });
        }

        return output;
    }
}
