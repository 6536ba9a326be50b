// Idiom: readonly record struct cells deconstructed in `foreach (var (token, label, value) in ...)`.
// Use: NER tagger scores stored as an immutable array of (token, label, value) cells, softmax per token.
// Layout: ImmutableArray<Logit>, label-major order (all tokens of label 0, then label 1, ...).
// Bug (LG0004): the peak is kept per label (over tokens) while the sum and the softmax run per token (over labels).
// Our own code.
#nullable enable
using System;
using System.Collections.Immutable;

namespace HeldOut85.RecordStructRows_LabelPeaks;

public readonly record struct Logit(int Token, int Label, float Value);

public static class Tagger
{
    public static float[,] TokenProbabilities(ImmutableArray<Logit> cells, int tokens, int labels)
    {
        var best = new float[labels];
        best.AsSpan().Fill(float.NegativeInfinity);
        foreach (var (_, label, value) in cells)
        {
            if (value > best[label]) //~ LG0004
                best[label] = value;
        }

        var norm = new float[tokens];
        var p = new float[tokens, labels];
        foreach (var (token, label, value) in cells)
        {
            p[token, label] = MathF.Exp(value - best[label]);
            norm[token] += p[token, label];
        }

        for (int t = 0; t < tokens; t++)
            for (int l = 0; l < labels; l++)
                p[t, l] /= norm[t];
        return p;
    }
}
