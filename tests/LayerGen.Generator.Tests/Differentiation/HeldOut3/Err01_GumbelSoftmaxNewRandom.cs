// expect: error
// Gumbel-softmax (Jang et al. 2017; torch.nn.functional.gumbel_softmax) with the noise drawn inside the row from a
// new Random: the forward is random, no derivative of it exists to derive; the user should pass the noise in.
// Expected: an LG11xx error at the Random call. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(6)]
partial class GumbelSoftmaxSampled
{
    const double Tau = 0.7;

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        double max = double.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            double u = new Random(17 + i).NextDouble() * 0.98 + 0.01; //~ LG11
            y[i] = (x[i] - Math.Log(-Math.Log(u))) / Tau;
            if (y[i] > max) max = y[i];
        }
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(y[i] - max);
            sum += y[i];
        }
        for (int i = 0; i < x.Length; i++) y[i] /= sum;
    }
}
