// Source: dmlc/xgboost `SoftmaxMultiClassObj` prediction transform (multi:softprob), re-created shape: predictions are
// row-major [rows, nclass] and each row is turned into probabilities in place by a small softmax helper.
// Layout: flat row-major float[], Span row views, static local function. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class XgBoostSoftprob_RowSpans
{
    public static void PredTransform(float[] preds, int nclass)
    {
        int rows = preds.Length / nclass;
        for (int r = 0; r < rows; r++)
        {
            Softmax(preds.AsSpan(r * nclass, nclass));
        }

        static void Softmax(Span<float> point)
        {
            float wmax = point[0];
            for (int k = 1; k < point.Length; k++)
            {
                if (point[k] > wmax)
                {
                    wmax = point[k];
                }
            }

            float wsum = 0f;
            for (int k = 0; k < point.Length; k++)
            {
                point[k] = MathF.Exp(point[k] - wmax);
                wsum += point[k];
            }

            for (int k = 0; k < point.Length; k++)
            {
                point[k] /= wsum;
            }
        }
    }
}
