// Idiom: utility-AI Boltzmann action selection (considerations already folded into one score per action; softmax with a
// temperature, then a weighted pick). Use: per-frame action choice for every NPC of a squad.
// Layout: List<Agent>, each agent owns float[] Scores and float[] Probabilities reused across frames; user Mathx wrapper.
// Label: Correct (per-agent peak through Mathx.Max). Inspired by the SenteAI Unity package's
// BoltzmannUtilitySelectionStrategy (a _temperature field, foreach over the agent's actions); our own code.
using System;
using System.Collections.Generic;

namespace HeldOut57.UtilityAi_PerAgentBoltzmann
{
    public static class Mathx
    {
        public static float Exp(float v) => MathF.Exp(v);
        public static float Max(float a, float b) => a > b ? a : b;
    }

    public sealed class Agent
    {
        public float[] Scores;
        public float[] Probabilities;
        public int Chosen;

        public Agent(int actions)
        {
            Scores = new float[actions];
            Probabilities = new float[actions];
        }
    }

    public sealed class UtilityBrain
    {
        public float Temperature = 0.5f;
        public readonly List<Agent> Agents = new List<Agent>();
        private readonly Random _rng = new Random(1234);

        public void Tick()
        {
            foreach (Agent agent in Agents)
            {
                float[] s = agent.Scores;
                float[] p = agent.Probabilities;
                float best = float.NegativeInfinity;
                for (int a = 0; a < s.Length; a++)
                    best = Mathx.Max(best, s[a]);

                float total = 0f;
                for (int a = 0; a < s.Length; a++)
                {
                    p[a] = Mathx.Exp((s[a] - best) / Temperature);
                    total += p[a];
                }

                for (int a = 0; a < s.Length; a++)
                    p[a] /= total;

                float roll = (float)_rng.NextDouble();
                float running = 0f;
                agent.Chosen = s.Length - 1;
                for (int a = 0; a < s.Length; a++)
                {
                    running += p[a];
                    if (roll < running) { agent.Chosen = a; break; }
                }
            }
        }
    }
}
