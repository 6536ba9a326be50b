// expect: gradient
// Element-wise Huber transform (torch.nn.HuberLoss(reduction='none') against a zero target; δ = 1.35 as in
// scikit-learn's HuberRegressor): a helper with if/else returns and Math.Abs. Our own code.
using System;
using LayerGen;

[DifferentiableLayer(8)]
partial class HuberTransform
{
    const double Delta = 1.35;

    static double Huber(double r)
    {
        double a = Math.Abs(r);
        if (a <= Delta)
        {
            return 0.5 * r * r;
        }
        else
        {
            return Delta * (a - 0.5 * Delta);
        }
    }

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] = Huber(x[i]);
    }
}
