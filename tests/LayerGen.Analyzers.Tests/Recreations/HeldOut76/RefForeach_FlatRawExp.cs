// Idiom: `foreach (ref double e in flat.Slice(o, n))` writing the exps in place and summing in the same loop.
// Use: softmax over the classes of each sample. Layout: flat double[batch * n], row-major, offsets o = b * n.
// Bug (LG0003): the raw logits are exponentiated (no max subtracted) and normalised per row.
// Our own code.
using System;

namespace HeldOut76.RefForeach_FlatRawExp;

public static class FlatRows
{
    public static void Softmax(double[] flat, int n)
    {
        for (int o = 0; o < flat.Length; o += n)
        {
            Span<double> slice = flat.AsSpan().Slice(o, n);
            double total = 0.0;
            foreach (ref double e in slice)
            {
                e = Math.Exp(e); //~ LG0003
                total += e;
            }

            foreach (ref double e in slice)
            {
                e /= total;
            }
        }
    }
}
