// Idiom: tuples and deconstruction: a `List<(string Label, float[] Logits)>` walked with `foreach (var (label, logits) in
// items)`, results added as `(label, probabilities)` tuples; exps by `Select(v => MathF.Exp(v))`, sum by `.Sum()`.
// Style of the ML.NET BERT sample's tuple-returning `Softmax<T>`; our own code.
// Use: per-item label probabilities. Layout: List of named tuples, one float[] per item.
// Bug LG0003: the logits are exponentiated with no max subtracted (float overflow above ~88).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut68.TupleDeconstruction_RawLabelledRows;

public static class LabelledSoftmax
{
    public static List<(string Label, float[] Probabilities)> Softmax(List<(string Label, float[] Logits)> items)
    {
        var output = new List<(string Label, float[] Probabilities)>(items.Count);
        foreach (var (label, logits) in items)
        {
            float[] exps = logits.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
            float sum = exps.Sum();
            output.Add((label, exps.Select(e => e / sum).ToArray()));
        }

        return output;
    }
}
