// Variant of UnityMathf_SentinelHelperMax.cs (Unity game-AI softmax, DeathByCh0c0/Softmax-Function-for-Unity3D) with
// bugs, written with UnityEngine.Mathf (stub below for UnityEngine.dll): exp of raw action scores (overflow above ~88),
// and a batch of action rows shifted by one maximum over every row (a row far below it underflows to 0 / 0).
namespace UnityEngine
{
    public static class Mathf
    {
        public static float Exp(float power) => (float)System.Math.Exp(power);
        public static float Max(float a, float b) => a > b ? a : b;
    }
}

namespace Recreations.UnityMathfRawAndBatchMax
{
    using UnityEngine;

    public static class ActionSoftmax
    {
        public static float[] Apply(float[] scores)
        {
            float total = 0f;
            for (int i = 0; i < scores.Length; i++) total += Mathf.Exp(scores[i]); //~ LG0003
            for (int i = 0; i < scores.Length; i++) scores[i] = Mathf.Exp(scores[i]) / total; //~ LG0003
            return scores;
        }

        public static void Rows(float[,] scores, float[,] p)
        {
            float top = float.NegativeInfinity;
            for (int r = 0; r < scores.GetLength(0); r++)
                for (int a = 0; a < scores.GetLength(1); a++)
                    top = Mathf.Max(top, scores[r, a]); //~ LG0001
            for (int r = 0; r < scores.GetLength(0); r++)
            {
                float total = 0f;
                for (int a = 0; a < scores.GetLength(1); a++)
                {
                    p[r, a] = Mathf.Exp(scores[r, a] - top);
                    total += p[r, a];
                }

                for (int a = 0; a < scores.GetLength(1); a++) p[r, a] /= total;
            }
        }
    }
}
