// Source: maximum-entropy risk-neutral density from option prices (Buchen & Kelly 1996, "The maximum entropy
// distribution of an asset inferred from option prices", JFQA; Rompolis 2010): on a discretised price grid
// q_i = exp(sum_k lambda_k C_k(S_i)) / sum_j exp(sum_k lambda_k C_k(S_j)), the C_k being the discounted call
// payoffs at the quoted strikes, one multiplier vector per maturity.
// Layout: generic math `T : IFloatingPointIeee754<T>`, payoff matrix `T[constraints, grid]`, jagged multipliers
// `T[maturity][constraint]`, density into `T[maturities, grid]`; a reused score buffer.
// Correct: each maturity's exponent is shifted by its own maximum over the grid; the model price of the first
// constraint (an expectation under q, not a softmax) is returned for the calibration residual.
using System.Numerics;

namespace HeldOut18.MaxEntDensity_StrikeGrid;

public static class MaxEntDensity
{
    public static T[] Density<T>(T[,] payoff, T[][] lambda, T[,] density)
        where T : IFloatingPointIeee754<T>
    {
        int constraints = payoff.GetLength(0);
        int grid = payoff.GetLength(1);
        var modelPrice = new T[lambda.Length];
        var score = new T[grid];
        for (int m = 0; m < lambda.Length; m++)
        {
            T top = T.NegativeInfinity;
            for (int i = 0; i < grid; i++)
            {
                T s = T.Zero;
                for (int k = 0; k < constraints; k++)
                {
                    s += lambda[m][k] * payoff[k, i];
                }

                score[i] = s;
                top = T.Max(top, s);
            }

            T z = T.Zero;
            for (int i = 0; i < grid; i++)
            {
                density[m, i] = T.Exp(score[i] - top);
                z += density[m, i];
            }

            T price = T.Zero;
            for (int i = 0; i < grid; i++)
            {
                density[m, i] /= z;
                price += density[m, i] * payoff[0, i];
            }

            modelPrice[m] = price;
        }

        return modelPrice;
    }
}
