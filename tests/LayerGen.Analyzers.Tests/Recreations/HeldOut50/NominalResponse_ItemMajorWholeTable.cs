// Idiom: nominal response model trace lines stored item-major (one row per category, one column per examinee, as a
// plotting routine fills them); the shift is the largest z of the whole table, not of each examinee's column.
// Layout: float[categories, examinees] (softmax per column), foreach over the 2D array, MathF.
// Bug: LG0001 (the max spans every examinee; an examinee far below the best one underflows to 0/0).
using System;

namespace HeldOut50.NominalResponse_ItemMajorWholeTable;

public static class NominalTraceTable
{
    public static float[,] Trace(float[] theta, float[] a, float[] c)
    {
        int categories = a.Length, examinees = theta.Length;
        var z = new float[categories, examinees];
        for (int k = 0; k < categories; k++)
        {
            for (int n = 0; n < examinees; n++)
            {
                z[k, n] = a[k] * theta[n] + c[k];
            }
        }

        float zMax = float.MinValue;
        foreach (float v in z)
            zMax = MathF.Max(zMax, v); //~ LG0001

        var p = new float[categories, examinees];
        for (int n = 0; n < examinees; n++)
        {
            float denom = 0f;
            for (int k = 0; k < categories; k++)
            {
                p[k, n] = MathF.Exp(z[k, n] - zMax);
                denom += p[k, n];
            }

            for (int k = 0; k < categories; k++)
            {
                p[k, n] /= denom;
            }
        }

        return p;
    }
}
