// Idiom: utility-AI action weights in arrays of structs (struct Action { Score; Weight; }), buffers allocated once and
// reused every frame. Use: AI director updating every agent's action weights in Update().
// Layout: Action[][] field (one fixed-size array per agent), while loop for the peak, float.Exp.
// Label: Correct (peak per agent's actions). Our own code, after the "Action struct with Score/Weight" layout common
// in utility-AI scripts.
using System;

namespace HeldOut57.ActionStructs_FixedFrameBuffers
{
    public struct Action
    {
        public float Score;
        public float Weight;
    }

    public sealed class AiDirector
    {
        public Action[][] PerAgent;

        public AiDirector(int agents, int actions)
        {
            PerAgent = new Action[agents][];
            for (int i = 0; i < agents; i++) PerAgent[i] = new Action[actions];
        }

        public void Update()
        {
            for (int i = 0; i < PerAgent.Length; i++)
            {
                Action[] acts = PerAgent[i];
                float best = acts[0].Score;
                int k = 1;
                while (k < acts.Length)
                {
                    if (acts[k].Score > best) best = acts[k].Score;
                    k++;
                }

                float sum = 0f;
                for (k = 0; k < acts.Length; k++)
                {
                    acts[k].Weight = float.Exp(acts[k].Score - best);
                    sum += acts[k].Weight;
                }

                for (k = 0; k < acts.Length; k++)
                    acts[k].Weight /= sum;
            }
        }
    }
}
