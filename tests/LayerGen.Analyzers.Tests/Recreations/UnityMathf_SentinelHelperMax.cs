// Re-creation (our own code) of a Unity game-AI softmax (DeathByCh0c0/Softmax-Function-for-Unity3D,
// SoftMaxActivationFunction.cs) as a Unity project's code looks to the analyzer: UnityEngine.Mathf's Exp and Max.
// The Mathf stub below stands for UnityEngine.dll (Unity cannot be compiled here). Layout: one float vector and a
// 2-D batch of action rows. The max of the vector comes from a helper seeded with the sentinel -9999999f and is
// subtracted in place. Correct: every exponent is <= 0 (a 1-D softmax; rows get their own maxima).
namespace UnityEngine
{
    public static class Mathf
    {
        public static float Exp(float power) => (float)System.Math.Exp(power);
        public static float Max(float a, float b) => a > b ? a : b;
    }
}

namespace Recreations.UnityMathfSentinelHelperMax
{
    using UnityEngine;

    public static class ActionSoftmax
    {
        public static float[] Apply(float[] scores)
        {
            float top = Largest(scores);
            for (int i = 0; i < scores.Length; i++) scores[i] -= top;
            float total = 0f;
            for (int i = 0; i < scores.Length; i++) total += Mathf.Exp(scores[i]);
            for (int i = 0; i < scores.Length; i++) scores[i] = Mathf.Exp(scores[i]) / total;
            return scores;
        }

        public static void Rows(float[,] scores, float[,] p)
        {
            for (int r = 0; r < scores.GetLength(0); r++)
            {
                float top = -9999999f;
                for (int a = 0; a < scores.GetLength(1); a++) top = Mathf.Max(top, scores[r, a]);
                float total = 0f;
                for (int a = 0; a < scores.GetLength(1); a++)
                {
                    p[r, a] = Mathf.Exp(scores[r, a] - top);
                    total += p[r, a];
                }

                for (int a = 0; a < scores.GetLength(1); a++) p[r, a] /= total;
            }
        }

        private static float Largest(float[] values)
        {
            float best = -9999999f;
            for (int i = 0; i < values.Length; i++)
                if (values[i] > best) best = values[i];
            return best;
        }
    }
}
