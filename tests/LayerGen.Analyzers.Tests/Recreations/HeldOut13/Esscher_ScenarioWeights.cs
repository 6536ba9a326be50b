// Source: Esscher transform / exponential tilting of scenario probabilities (Gerber & Shiu 1994; risk-neutral
// scenario reweighting in ESG tools): for each asset, w_s ∝ p_s·exp(θ·X_s), i.e. a softmax of θ·X_s + log p_s over
// scenarios.
// Layout: IReadOnlyList<ArraySegment<double>> asset rows over one payoff buffer, output written through
// segment.Offset into a buffer of the same shape.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class Esscher_ScenarioWeights
{
    public static double[] Tilt(IReadOnlyList<ArraySegment<double>> payoffs, double[] theta, double[] logBaseProb, int bufferLength)
    {
        var weights = new double[bufferLength];
        for (int a = 0; a < payoffs.Count; a++)
        {
            ArraySegment<double> row = payoffs[a];
            double top = double.NegativeInfinity;
            for (int s = 0; s < row.Count; s++)
                top = Math.Max(top, theta[a] * row[s] + logBaseProb[s]);

            double mass = 0.0;
            for (int s = 0; s < row.Count; s++)
            {
                double w = Math.Exp(theta[a] * row[s] + logBaseProb[s] - top);
                weights[row.Offset + s] = w;
                mass += w;
            }
            for (int s = 0; s < row.Count; s++)
                weights[row.Offset + s] /= mass;
        }
        return weights;
    }
}
