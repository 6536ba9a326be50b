// Idiom: emergency-department triage model written level-major, as the scores come out of `W · X` (one row per triage
// level, one column per patient). Use: nightly re-triage of the waiting list.
// Layout: double[levels, patients], column-major for the softmax (each patient's distribution runs down a column).
// Bug (LG0001): the shift is the maximum over the whole table (`foreach` over the 2D array), not the patient's column,
// so a patient whose scores sit far below another's underflows to 0/0.
using System;

namespace HeldOut54.TriageLevels_LevelMajorTableMax;

public static class LevelMajorTriage
{
    public static double[,] LevelProbabilities(double[,] levelMajor)
    {
        int levels = levelMajor.GetLength(0);
        int patients = levelMajor.GetLength(1);
        double ceiling = double.NegativeInfinity;
        foreach (double score in levelMajor)
        {
            ceiling = Math.Max(ceiling, score); //~ LG0001
        }

        var result = new double[levels, patients];
        for (int p = 0; p < patients; p++)
        {
            double z = 0.0;
            for (int l = 0; l < levels; l++)
            {
                result[l, p] = Math.Exp(levelMajor[l, p] - ceiling);
                z += result[l, p];
            }

            for (int l = 0; l < levels; l++)
            {
                result[l, p] /= z;
            }
        }

        return result;
    }
}
