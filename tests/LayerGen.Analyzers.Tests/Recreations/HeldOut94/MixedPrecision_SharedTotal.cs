// Idiom: a two-type generic kernel `Normalise<TStore, TWide>`: per-sample peaks folded in the wide type with
// `TWide.Max`, exps `TWide.Exp(TWide.CreateChecked(x[...]) - peak)`, written back with `TStore.CreateTruncating`.
// Use: class probabilities with float storage and double accumulation. Layout: flat class-major `TStore[]`, class c of
// sample b at `c * batch + b`.
// Bug LG0002: the normaliser `norm` is declared above the sample loop and sums the exps of every sample; each sample
// is divided by this batch total.
// Our own code.
using System.Numerics;

namespace HeldOut94.MixedPrecision_SharedTotal;

public static class Wide
{
    public static TStore[] Normalise<TStore, TWide>(TStore[] x, int batch)
        where TStore : IFloatingPointIeee754<TStore>
        where TWide : IFloatingPointIeee754<TWide>
    {
        int classes = x.Length / batch;
        var wide = new TWide[x.Length];
        TWide norm = TWide.Zero;
        for (int b = 0; b < batch; b++)
        {
            TWide peak = TWide.NegativeInfinity;
            for (int c = 0; c < classes; c++)
            {
                peak = TWide.Max(peak, TWide.CreateChecked(x[c * batch + b]));
            }

            for (int c = 0; c < classes; c++)
            {
                wide[c * batch + b] = TWide.Exp(TWide.CreateChecked(x[c * batch + b]) - peak);
                norm += wide[c * batch + b]; //~ LG0002
            }
        }

        var y = new TStore[x.Length];
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = TStore.CreateTruncating(wide[i] / norm);
        }

        return y;
    }

    public static float[] FloatDouble(float[] x, int batch) => Normalise<float, double>(x, batch);
}
