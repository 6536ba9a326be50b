// Actuarial mathematics: present values of 10-year annuities-immediate at interest rates from the row, computed in
// System.Decimal the way finance code is told to handle money — a decimal local is outside the subset (float, double,
// int, bool locals and span buffers only).
// Shape: a banking developer's annuity-factor routine (a = Σ v^k, v = 1/(1 + i)) moved into a layer unchanged.
// expect: error
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(4)]
public partial class AnnuityPresentValueDecimal
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            decimal rate = (decimal)(0.01 + 0.04 * (0.5 + 0.5 * Math.Tanh(x[i]))), discount = 1m, annuity = 0m; //~ LG11
            for (int k = 1; k <= 10; k++)
            {
                discount /= 1m + rate;
                annuity += discount;
            }
            y[i] = (double)annuity;
        }
    }
}
