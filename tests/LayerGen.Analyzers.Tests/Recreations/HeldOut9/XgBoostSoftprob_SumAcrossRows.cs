// Source: dmlc/xgboost multi:softprob transform, re-created as an inlined 2-D port.
// Layout: float[rows, nclass] (row-major), max per row.
// Bug (LG0002): the normaliser wsum is declared above the row loop and never reset, so row r is divided by the
// sum of rows 0..r.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class XgBoostSoftprob_SumAcrossRows
{
    public static void PredTransform(float[,] preds)
    {
        int rows = preds.GetLength(0);
        int nclass = preds.GetLength(1);
        float wsum = 0f;
        for (int r = 0; r < rows; r++)
        {
            float wmax = float.MinValue;
            for (int k = 0; k < nclass; k++)
            {
                wmax = Math.Max(wmax, preds[r, k]);
            }

            for (int k = 0; k < nclass; k++)
            {
                preds[r, k] = MathF.Exp(preds[r, k] - wmax);
                wsum += preds[r, k]; //~ LG0002
            }

            for (int k = 0; k < nclass; k++)
            {
                preds[r, k] /= wsum;
            }
        }
    }
}
