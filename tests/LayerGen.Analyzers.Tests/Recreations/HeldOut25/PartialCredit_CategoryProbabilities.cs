// Source: generalized partial credit model (Muraki 1992; Masters 1982's PCM when a = 1), the category response function of
//         IRT packages (mirt / ltm `gpcm`, jMetrik): z_0 = 0, z_k = Σ_{s≤k} a(θ − b_s), P_k = exp z_k / Σ_j exp z_j
//         (re-created shape, our own code).
// Layout: class `GpcmItem` with properties; the cumulative logits kept in a field reused across persons;
//         output double[persons, categories].
// Label: Correct.
using System;
using System.Collections.Generic;

namespace HeldOut25.PartialCredit;

/// <summary>One polytomous item of the generalized partial credit model.</summary>
public sealed class GpcmItem
{
    /// <summary>Creates an item from its slope and its step (threshold) difficulties.</summary>
    public GpcmItem(double discrimination, double[] stepDifficulties)
    {
        Discrimination = discrimination;
        StepDifficulties = stepDifficulties;
    }

    /// <summary>The item's slope a.</summary>
    public double Discrimination { get; }

    /// <summary>The step difficulties b_1..b_m.</summary>
    public IReadOnlyList<double> StepDifficulties { get; }

    /// <summary>The number of score categories, m + 1.</summary>
    public int Categories => StepDifficulties.Count + 1;
}

/// <summary>Category probabilities of a GPCM item for a set of persons.</summary>
public sealed class PartialCreditScorer
{
    private double[] _cumulative = Array.Empty<double>();

    /// <summary>Returns P(X = k | θ) for every person (row) and category (column).</summary>
    public double[,] CategoryProbabilities(GpcmItem item, double[] thetas)
    {
        int categories = item.Categories;
        if (_cumulative.Length != categories)
        {
            _cumulative = new double[categories];
        }

        var p = new double[thetas.Length, categories];
        for (int person = 0; person < thetas.Length; person++)
        {
            _cumulative[0] = 0.0;
            for (int k = 1; k < categories; k++)
            {
                _cumulative[k] = _cumulative[k - 1] + item.Discrimination * (thetas[person] - item.StepDifficulties[k - 1]);
            }

            double top = double.NegativeInfinity;
            for (int k = 0; k < categories; k++)
            {
                top = Math.Max(top, _cumulative[k]);
            }

            double norm = 0.0;
            for (int k = 0; k < categories; k++)
            {
                p[person, k] = Math.Exp(_cumulative[k] - top);
                norm += p[person, k];
            }

            for (int k = 0; k < categories; k++)
            {
                p[person, k] /= norm;
            }
        }

        return p;
    }
}
