// Idiom: generic temperature scaling `x / temperature` with `T.CreateChecked` and `T.Exp`, a sum per row; the
// temperature looks like a bound but is a divisor below one.
// Use: sampling distributions for a decoder. Layout: `T[,]` row-major (`rows × vocab`).
// Bug LG0003: `T.Exp(x[r, v] / temperature)` is an exp of unshifted (and amplified) logits; no row max is subtracted,
// so logits above ~354 (double, τ = 0.5) overflow.
// Our own code.
using System.Numerics;

namespace HeldOut94.BoundedTanh_TemperatureRaw;

public static class Sampler
{
    public static T[,] Distribution<T>(T[,] x, double tau)
        where T : IFloatingPointIeee754<T>
    {
        T temperature = T.CreateChecked(tau);
        int rows = x.GetLength(0);
        int vocab = x.GetLength(1);
        var p = new T[rows, vocab];
        for (int r = 0; r < rows; r++)
        {
            T z = T.Zero;
            for (int v = 0; v < vocab; v++)
            {
                p[r, v] = T.Exp(x[r, v] / temperature); //~ LG0003
                z += p[r, v];
            }

            for (int v = 0; v < vocab; v++)
            {
                p[r, v] /= z;
            }
        }

        return p;
    }

    public static double[,] DistributionDouble(double[,] x) => Distribution(x, 0.5);
}
