// Source: microsoft/LightGBM `MulticlassSoftmax::GetGradients` (src/objective/multiclass_objective.hpp), re-created shape:
// the booster keeps raw scores class-major, score[k * numData + i], and each sample's softmax walks its class scores
// with stride numData before writing the gradient p - [k == label].
// Layout: flat class-major [classes, samples], per-sample strided fibre, double. Correct.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class LightGbmMulticlass_ClassMajorGradients
{
    public static void GetGradients(double[] score, int numClass, int numData, int[] label, double[] gradients)
    {
        for (int i = 0; i < numData; i++)
        {
            double best = score[i];
            for (int k = 1; k < numClass; k++)
            {
                best = Math.Max(best, score[k * numData + i]);
            }

            double z = 0.0;
            for (int k = 0; k < numClass; k++)
            {
                double e = Math.Exp(score[k * numData + i] - best);
                gradients[k * numData + i] = e;
                z += e;
            }

            for (int k = 0; k < numClass; k++)
            {
                int idx = k * numData + i;
                double p = gradients[idx] / z;
                gradients[idx] = k == label[i] ? p - 1.0 : p;
            }
        }
    }
}
