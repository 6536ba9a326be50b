// Re-creation (our own code) of the shape of an RNN-T joint output normalisation (Graves 2012; warp-transducer-style
// inputs), with the maximum taken once per acoustic frame.
// Layout: flat float[] [T · U · V]; frame block t · U · V, node offset (t · U + u) · V; probabilities out.
// Bug (LG0001): the shift is the maximum over the whole frame block (all U label positions × V tokens), not over one
// node's vocabulary; a node whose logits sit far below another node of the same frame underflows to 0 / 0.
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class RnntJointMaxOverLabelAxis
{
    public static void Softmax(float[] joint, int frames, int labels, int vocabulary, float[] probabilities)
    {
        int block = labels * vocabulary;
        for (int t = 0; t < frames; t++)
        {
            float frameMax = float.NegativeInfinity;
            for (int k = 0; k < block; k++)
                frameMax = MathF.Max(frameMax, joint[t * block + k]); //~ LG0001

            for (int u = 0; u < labels; u++)
            {
                int node = t * block + u * vocabulary;
                float sum = 0f;
                for (int v = 0; v < vocabulary; v++)
                {
                    probabilities[node + v] = MathF.Exp(joint[node + v] - frameMax);
                    sum += probabilities[node + v];
                }

                for (int v = 0; v < vocabulary; v++)
                    probabilities[node + v] /= sum;
            }
        }
    }
}
