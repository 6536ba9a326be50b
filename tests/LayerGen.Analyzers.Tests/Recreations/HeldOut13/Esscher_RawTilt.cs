// Source: Esscher transform / exponential tilting of scenario probabilities (Gerber & Shiu 1994), written as the
// textbook p_s·exp(θ X_s) / Σ p·exp(θ X).
// Layout: IReadOnlyList<ArraySegment<double>> asset rows over one payoff buffer.
// Bug: LG0003 — exp(θ·X) with no maximum subtracted.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut13;

public static class Esscher_RawTilt
{
    public static double[] Tilt(IReadOnlyList<ArraySegment<double>> payoffs, double[] theta, double[] baseProb, int bufferLength)
    {
        var weights = new double[bufferLength];
        for (int a = 0; a < payoffs.Count; a++)
        {
            ArraySegment<double> row = payoffs[a];
            double mass = 0.0;
            for (int s = 0; s < row.Count; s++)
            {
                double w = baseProb[s] * Math.Exp(theta[a] * row[s]); //~ LG0003
                weights[row.Offset + s] = w;
                mass += w;
            }
            for (int s = 0; s < row.Count; s++)
                weights[row.Offset + s] /= mass;
        }
        return weights;
    }
}
