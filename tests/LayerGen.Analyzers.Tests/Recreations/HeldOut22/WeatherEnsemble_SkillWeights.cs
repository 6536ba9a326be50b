// Source: re-creates the shape of skill-weighted weather-ensemble blending (member weights w_m ∝ exp(skill_m / τ) per
// station, as in ensemble post-processing and multi-model blending tools; cf. Raftery et al. 2005, BMA).
// Layout: column-major double[members, stations]; the softmax runs down each station's column (over the members),
// the peak is found by a private helper method.
// Label: Correct — each station's column is shifted by that station's own best skill.
using System;

namespace HeldOut22.WeatherEnsemble_SkillWeights;

/// <summary>Blends ensemble members per station with weights from their recent skill scores.</summary>
public static class EnsembleBlender
{
    /// <summary>weights[m, s] = softmax over the members m of skill[m, s] / tau, for every station s.</summary>
    public static double[,] MemberWeights(double[,] skill, double tau)
    {
        int members = skill.GetLength(0);
        int stations = skill.GetLength(1);
        var weights = new double[members, stations];
        for (int s = 0; s < stations; s++)
        {
            double best = BestSkillAt(skill, s);
            double total = 0.0;
            for (int m = 0; m < members; m++)
            {
                weights[m, s] = Math.Exp((skill[m, s] - best) / tau);
                total += weights[m, s];
            }

            for (int m = 0; m < members; m++)
            {
                weights[m, s] /= total;
            }
        }

        return weights;
    }

    /// <summary>The highest skill any member reached at one station.</summary>
    private static double BestSkillAt(double[,] skill, int station)
    {
        double best = double.NegativeInfinity;
        for (int m = 0; m < skill.GetLength(0); m++)
        {
            if (skill[m, station] > best)
            {
                best = skill[m, station];
            }
        }

        return best;
    }
}
