// Source: microsoft/LightGBM multiclass objective (class-major raw scores score[k * numData + i]), re-created as a
// float port that "stabilises" the softmax once for the whole boosting round.
// Layout: flat class-major [classes, samples], per-sample strided fibre, float.
// Bug (LG0001): the max is folded over every score of every sample, not over one sample's classes.
using System;

namespace LayerGen.Recreations.HeldOut9;

public static class LightGbmMulticlass_MaxOverAllScores
{
    public static void GetGradients(float[] score, int numClass, int numData, int[] label, float[] gradients)
    {
        float globalMax = float.NegativeInfinity;
        foreach (float s in score)
        {
            globalMax = MathF.Max(globalMax, s); //~ LG0001
        }

        for (int i = 0; i < numData; i++)
        {
            float sum = 0f;
            for (int k = 0; k < numClass; k++)
            {
                float e = MathF.Exp(score[k * numData + i] - globalMax);
                gradients[k * numData + i] = e;
                sum += e;
            }

            for (int k = 0; k < numClass; k++)
            {
                float p = gradients[k * numData + i] / sum;
                gradients[k * numData + i] = k == label[i] ? p - 1f : p;
            }
        }
    }
}
