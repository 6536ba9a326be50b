// Soft Dice loss of V-Net (Milletari et al. 2016): sigmoid predictions against soft targets, squared terms in the
// denominator, smoothing constant; the row is logits | targets, the output 1 - Dice.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut5;

[DifferentiableLayer(16, 1)]
public partial class SoftDiceSquaredDenominator
{
    static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        const double smooth = 1.0;
        int n = x.Length / 2;
        double intersection = 0, predSquares = 0, targetSquares = 0;
        for (int i = 0; i < n; i++)
        {
            double p = Sigmoid(x[i]);
            double t = x[i + n];
            intersection += p * t;
            predSquares += p * p;
            targetSquares += t * t;
        }
        y[0] = 1 - (2 * intersection + smooth) / (predSquares + targetSquares + smooth);
    }
}
