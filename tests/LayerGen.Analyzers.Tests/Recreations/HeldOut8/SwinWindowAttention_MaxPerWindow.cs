// Source: Swin Transformer window attention (microsoft/Swin-Transformer `WindowAttention`), re-created as a port
// that hoisted the stabilising max out of the query loop.
// Layout: flat float[windows * N * N] scores (one head); each window is an N x N block; the softmax axis is a row
// of the block.
// Bug (LG0001): the max is taken over the whole N x N window block (all queries of the window), not per query row;
// a query whose scores are far below another query's underflows to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class SwinWindowAttention_MaxPerWindow
{
    public static void Softmax(float[] scores, int windows, int tokens)
    {
        int plane = tokens * tokens;
        for (int w = 0; w < windows; w++)
        {
            int block = w * plane;
            float blockMax = float.NegativeInfinity;
            for (int idx = block; idx < block + plane; idx++) blockMax = MathF.Max(blockMax, scores[idx]); //~ LG0001

            for (int i = 0; i < tokens; i++)
            {
                int row = block + i * tokens;
                float denom = 0f;
                for (int j = 0; j < tokens; j++)
                {
                    scores[row + j] = MathF.Exp(scores[row + j] - blockMax);
                    denom += scores[row + j];
                }
                for (int j = 0; j < tokens; j++) scores[row + j] /= denom;
            }
        }
    }
}
