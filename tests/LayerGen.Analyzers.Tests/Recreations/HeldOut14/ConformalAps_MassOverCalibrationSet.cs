// Source: adaptive prediction sets, calibration conformity scores (Romano, Sesia & Candes 2020; aangelopoulos
// conformal_classification), a vectorised-looking port: exponentiate the whole calibration matrix, then normalise.
// Layout: double[examples, classes]; per-example peaks in an array (right), one normaliser accumulated over every
// example, then a separate division pass.
// Bug LG0002: the normaliser sums the whole calibration set, not one example's classes.
using System;

namespace LayerGen.Recreations.HeldOut14;

public static class ConformalAps_MassOverCalibrationSet
{
    public static void Probabilities(double[,] logits, double[,] probs)
    {
        int n = logits.GetLength(0);
        int k = logits.GetLength(1);
        var rowMax = new double[n];
        for (int i = 0; i < n; i++)
        {
            rowMax[i] = logits[i, 0];
            for (int c = 1; c < k; c++)
                if (logits[i, c] > rowMax[i]) rowMax[i] = logits[i, c];
        }

        double z = 0;
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < k; c++)
            {
                probs[i, c] = Math.Exp(logits[i, c] - rowMax[i]);
                z += probs[i, c]; //~ LG0002
            }
        }

        for (int i = 0; i < n; i++)
            for (int c = 0; c < k; c++)
                probs[i, c] /= z;
    }
}
