// Idiom: goal choice as a softmin over path costs, the cheapest cost of each goal (over all agents) used as reference.
// Use: crowd agents picking an exit; each agent's distribution runs over the goals.
// Layout: float[,] costs [agents, goals] row-major, float[] goalMin; float[,] out.
// Label: LG0004 — the minimum runs over the agents (down a goal's column) while each sum runs over an agent's goals.
// Our own code.
using System;

namespace HeldOut57.Pathing_GoalColumnMinima
{
    public sealed class ExitChooser
    {
        public float Temperature = 2f;

        public void Probabilities(float[,] costs, float[,] probs)
        {
            int agents = costs.GetLength(0);
            int goals = costs.GetLength(1);
            var goalMin = new float[goals];
            for (int g = 0; g < goals; g++)
            {
                goalMin[g] = float.PositiveInfinity;
                for (int a = 0; a < agents; a++)
                    goalMin[g] = MathF.Min(goalMin[g], costs[a, g]); //~ LG0004
            }

            for (int a = 0; a < agents; a++)
            {
                float z = 0f;
                for (int g = 0; g < goals; g++)
                {
                    probs[a, g] = MathF.Exp(-(costs[a, g] - goalMin[g]) / Temperature);
                    z += probs[a, g];
                }

                for (int g = 0; g < goals; g++)
                    probs[a, g] /= z;
            }
        }
    }
}
