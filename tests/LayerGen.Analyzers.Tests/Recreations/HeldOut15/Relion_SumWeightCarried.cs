// HeldOut15 — Relion_SumWeightCarried
// Source: RELION expectation step (Scheres 2012), ported as a class whose per-particle
// statistics live in fields (as `exp_min_diff2`, `exp_sum_weight` are members in RELION).
// Layout: squared differences double[particles, hidden]; the minimum and sum kept in fields.
// Bug (LG0002): the minimum is reset for every particle, but the weight-sum field is reset only by
// the constructor, so each particle is divided by the running total over all earlier particles.
using System;

namespace LayerGen.Recreations.HeldOut15;

public sealed class Relion_SumWeightCarried
{
    private double _minDiff2;
    private double _sumWeight;

    /// <summary>Starts a new expectation step.</summary>
    public Relion_SumWeightCarried() => _sumWeight = 0;

    /// <summary>Posterior weights over the hidden variables of every particle.</summary>
    public double[,] Weights(double[,] diff2)
    {
        int particles = diff2.GetLength(0), hidden = diff2.GetLength(1);
        var w = new double[particles, hidden];
        for (int p = 0; p < particles; p++)
        {
            _minDiff2 = double.MaxValue;
            for (int h = 0; h < hidden; h++) _minDiff2 = Math.Min(_minDiff2, diff2[p, h]);
            for (int h = 0; h < hidden; h++)
            {
                w[p, h] = Math.Exp(_minDiff2 - diff2[p, h]);
                _sumWeight += w[p, h]; //~ LG0002
            }
            for (int h = 0; h < hidden; h++) w[p, h] /= _sumWeight;
        }
        return w;
    }
}
