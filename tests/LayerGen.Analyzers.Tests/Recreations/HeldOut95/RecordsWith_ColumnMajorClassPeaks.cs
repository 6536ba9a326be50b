// Idiom: sealed record with a 2D payload, returned updated through `act with { Z = probs }`.
// Use: a layer's activation record (column-major Z = W·X), softmax per sample (per column).
// Layout: float[classes, batch] (class-major: column b is sample b).
// Bug (LG0004): the peak is folded along each class row (over the batch), the sum down each sample column (over the
// classes).
// Our own code.
#nullable enable
using System;

namespace HeldOut95.RecordsWith_ColumnMajorClassPeaks;

public sealed record Activations(float[,] Z, string Layer);

public static class ActivationSoftmax
{
    public static Activations Apply(Activations act)
    {
        int classes = act.Z.GetLength(0), batch = act.Z.GetLength(1);
        var peaks = new float[classes];
        for (int c = 0; c < classes; c++)
        {
            float peak = float.NegativeInfinity;
            for (int b = 0; b < batch; b++)
                peak = MathF.Max(peak, act.Z[c, b]); //~ LG0004
            peaks[c] = peak;
        }

        var probs = new float[classes, batch];
        for (int b = 0; b < batch; b++)
        {
            float sum = 0f;
            for (int c = 0; c < classes; c++)
                sum += probs[c, b] = MathF.Exp(act.Z[c, b] - peaks[c]);
            for (int c = 0; c < classes; c++)
                probs[c, b] /= sum;
        }
        return act with { Z = probs };
    }
}
