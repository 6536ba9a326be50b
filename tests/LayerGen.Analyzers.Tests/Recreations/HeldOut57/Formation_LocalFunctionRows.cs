// Idiom: formation slot assignment — each unit scores the formation slots, a local function turns one unit's scores into
// slot probabilities. Use: RTS formation manager on a move order.
// Layout: jagged float[][] slotScores [unit][slot] and float[][] out; local function SoftmaxInto(src, dst) per row.
// Label: Correct (the local function sees one unit's row). Our own code.
using System;

namespace HeldOut57.Formation_LocalFunctionRows
{
    public sealed class FormationManager
    {
        public void AssignProbabilities(float[][] slotScores, float[][] slotProbs)
        {
            for (int u = 0; u < slotScores.Length; u++)
                SoftmaxInto(slotScores[u], slotProbs[u]);

            static void SoftmaxInto(float[] src, float[] dst)
            {
                float hi = src[0];
                for (int i = 1; i < src.Length; i++)
                    hi = MathF.Max(hi, src[i]);

                float sum = 0f;
                for (int i = 0; i < src.Length; i++)
                {
                    dst[i] = MathF.Exp(src[i] - hi);
                    sum += dst[i];
                }

                for (int i = 0; i < dst.Length; i++)
                    dst[i] /= sum;
            }
        }
    }
}
