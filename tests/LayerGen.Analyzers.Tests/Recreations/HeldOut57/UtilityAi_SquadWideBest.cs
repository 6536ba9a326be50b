// Idiom: utility-AI Boltzmann selection, the squad's best score used as the shared reference ("normalise against the
// squad leader's best option"). Use: per-frame action choice for a squad.
// Layout: float[,] scores [agents, actions] row-major, float[,] probabilities out; user Mathx wrapper, nested for loops.
// Label: LG0001 — the peak is folded over the whole squad table, not per agent; an agent 1000 below the best underflows
// to 0/0. Inspired by Unity utility-AI selection strategies with a temperature field; our own code.
using System;

namespace HeldOut57.UtilityAi_SquadWideBest
{
    public static class Mathx
    {
        public static float Exp(float v) => MathF.Exp(v);
        public static float Max(float a, float b) => a > b ? a : b;
    }

    public sealed class SquadBrain
    {
        public float Temperature = 0.5f;

        public void Evaluate(float[,] scores, float[,] probabilities)
        {
            int agents = scores.GetLength(0);
            int actions = scores.GetLength(1);
            float squadBest = float.NegativeInfinity;
            for (int i = 0; i < agents; i++)
                for (int a = 0; a < actions; a++)
                    squadBest = Mathx.Max(squadBest, scores[i, a]); //~ LG0001

            for (int i = 0; i < agents; i++)
            {
                float total = 0f;
                for (int a = 0; a < actions; a++)
                {
                    float w = Mathx.Exp((scores[i, a] - squadBest) / Temperature);
                    probabilities[i, a] = w;
                    total += w;
                }

                for (int a = 0; a < actions; a++)
                    probabilities[i, a] /= total;
            }
        }
    }
}
