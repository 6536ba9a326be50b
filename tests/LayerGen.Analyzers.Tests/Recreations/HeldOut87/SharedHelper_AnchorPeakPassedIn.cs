// known gap: the shift is folded over the anchor's whole row (columns 0..stride of row a) while each softmax sums a sub-range from..from + count of the same row; a max wider than the sum along the same axis is not reported (2-D sub-ranges)
// gap: -LG0001@25
// Idiom: a normalising helper shared by the class slice and the four box-side slices of each anchor, the shift passed
//        in by the caller.
// Use: DFL detector head post-processing.
// Layout: float[anchors, classes + 4 · bins] (2-D, one anchor per row); the helper gets (row, from, count, shift).
// Bug: LG0001 — the caller folds one shift over the anchor's whole row (class scores and all four sides) and passes it
//      to every slice's normalisation.
// Our own code.
#nullable enable
using System;

namespace HeldOut87.SharedHelper_AnchorPeakPassedIn;

public static class DflPostProcess
{
    public static float[,] Probabilities(float[,] raw, int classes, int bins)
    {
        int anchors = raw.GetLength(0);
        int stride = raw.GetLength(1);
        var p = (float[,])raw.Clone();
        for (int a = 0; a < anchors; a++)
        {
            float shift = float.MinValue;
            for (int i = 0; i < stride; i++) shift = MathF.Max(shift, raw[a, i]); //~ LG0001

            Normalise(p, a, 0, classes, shift);
            for (int side = 0; side < 4; side++) Normalise(p, a, classes + side * bins, bins, shift);
        }

        return p;
    }

    private static void Normalise(float[,] p, int a, int from, int count, float shift)
    {
        float z = 0f;
        for (int i = from; i < from + count; i++)
        {
            p[a, i] = MathF.Exp(p[a, i] - shift);
            z += p[a, i];
        }

        for (int i = from; i < from + count; i++) p[a, i] /= z;
    }
}
