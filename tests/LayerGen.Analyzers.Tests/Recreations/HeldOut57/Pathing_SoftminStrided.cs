// Idiom: goal choice as a softmin over path costs, exp(-(cost - minCost) / temperature). Use: crowd agents picking
// one of several exits/goals, cheaper paths more likely.
// Layout: flat float[] costs [agents * goals] with stride goals and offset a * goals; float[] out.
// Label: Correct (minimum cost per agent). Our own code.
using System;

namespace HeldOut57.Pathing_SoftminStrided
{
    public sealed class GoalPicker
    {
        public float Temperature = 2f;

        public void Probabilities(float[] costs, int goals, float[] probs)
        {
            int agents = costs.Length / goals;
            for (int a = 0; a < agents; a++)
            {
                int off = a * goals;
                float minCost = float.PositiveInfinity;
                for (int g = 0; g < goals; g++)
                    minCost = MathF.Min(minCost, costs[off + g]);

                float z = 0f;
                for (int g = 0; g < goals; g++)
                {
                    probs[off + g] = MathF.Exp(-(costs[off + g] - minCost) / Temperature);
                    z += probs[off + g];
                }

                for (int g = 0; g < goals; g++)
                    probs[off + g] /= z;
            }
        }
    }
}
