// Source: re-creates the shape of skill-weighted weather-ensemble blending (member weights w_m ∝ exp(skill_m / τ) per
// station, as in ensemble post-processing and multi-model blending tools; cf. Raftery et al. 2005, BMA).
// Layout: column-major double[members, stations]; the softmax runs down each station's column (over the members).
// Label: LG0001 — the helper takes one peak over every member at every station, so a station whose skills all lie far
// below the network's best underflows to 0/0.
using System;

namespace HeldOut22.WeatherEnsemble_PeakOverAllStations;

/// <summary>Blends ensemble members per station with weights from their recent skill scores.</summary>
public static class EnsembleBlender
{
    /// <summary>weights[m, s] = softmax over the members m of skill[m, s] / tau, for every station s.</summary>
    public static double[,] MemberWeights(double[,] skill, double tau)
    {
        int members = skill.GetLength(0);
        int stations = skill.GetLength(1);
        var weights = new double[members, stations];
        double best = BestSkillAnywhere(skill); //~ LG0001
        for (int s = 0; s < stations; s++)
        {
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

    /// <summary>The highest skill of any member at any station.</summary>
    private static double BestSkillAnywhere(double[,] skill)
    {
        double best = double.NegativeInfinity;
        for (int s = 0; s < skill.GetLength(1); s++)
        {
            for (int m = 0; m < skill.GetLength(0); m++)
            {
                best = Math.Max(best, skill[m, s]);
            }
        }

        return best;
    }
}
