// Idiom: utility-AI action weights kept on agent records (name, scores, weights), Boltzmann weights with float.Exp.
// Use: AI director updating every agent's action weights.
// Layout: List<AgentActions> of records, each with float[] Scores and float[] Weights; foreach over the list.
// Label: LG0003 — float.Exp of the raw score, no peak subtracted (Inf/Inf above ~88). Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut57.ActionStructs_RawRecordList
{
    public sealed record AgentActions(string Name, float[] Scores, float[] Weights);

    public static class ActionWeights
    {
        public static void Update(List<AgentActions> agents)
        {
            foreach (AgentActions agent in agents)
            {
                float sum = 0f;
                for (int k = 0; k < agent.Scores.Length; k++)
                {
                    agent.Weights[k] = float.Exp(agent.Scores[k]); //~ LG0003
                    sum += agent.Weights[k];
                }

                for (int k = 0; k < agent.Weights.Length; k++)
                    agent.Weights[k] /= sum;
            }
        }
    }
}
