// Actuarial mathematics: the expected present value of a 20-year temporary life annuity-due ä for six policyholders aged
// 60, ä = Σ_k v^k ₖpₓ, with one-year death probabilities from a static life table scaled by a learnable log mortality
// multiplier (q capped below 1 by q/(q + e^(−m)(1 − q))), and each policy's interest rate 1–6 % from the row.
// Shape: Dickson, Hardy & Waters, Actuarial Mathematics for Life Contingent Risks, ch. 5, as a pricing spreadsheet ported to C#.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut9;

[DifferentiableLayer(6)]
public partial class LifeAnnuityDueLifeTable
{
    static readonly double[] DeathProbability =
    {
        0.0082, 0.0090, 0.0099, 0.0109, 0.0120, 0.0132, 0.0146, 0.0161, 0.0178, 0.0197,
        0.0218, 0.0241, 0.0267, 0.0296, 0.0328, 0.0364, 0.0404, 0.0448, 0.0497, 0.0552,
    };

    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y,
        [Learnable(1)] ReadOnlySpan<double> logMortalityMultiplier)
    {
        double odds = Math.Exp(logMortalityMultiplier[0]);
        for (int p = 0; p < x.Length; p++)
        {
            double interest = 0.01 + 0.05 * 0.5 * (1 + Math.Tanh(0.5 * x[p]));
            double v = 1 / (1 + interest);
            double survival = 1, discount = 1, annuity = 0;
            int k = 0;
            while (k < DeathProbability.Length)
            {
                annuity += discount * survival;
                double q = DeathProbability[k];
                double scaled = odds * q / (odds * q + (1 - q));   // proportional odds of death
                survival *= 1 - scaled;
                discount *= v;
                k++;
            }
            y[p] = annuity;
        }
    }
}
