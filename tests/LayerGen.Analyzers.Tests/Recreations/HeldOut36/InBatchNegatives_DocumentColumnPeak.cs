// Idiom: in-batch negatives (InfoNCE) over a precomputed flat similarity matrix, softmax of each query over the documents
// Layout: flat float[batch * batch] similarities, sim[i * batch + j] (row = query i, column = document j)
// Bug (LG0004): the max is taken per document column (over the queries), the sum per query row (over the documents)
using System;

namespace HeldOut36.InBatchNegatives_DocumentColumnPeak;

public static class InfoNce
{
    public static float[] QueryToDocument(float[] sim, int batch, float temperature)
    {
        var columnMax = new float[batch];
        for (int j = 0; j < batch; j++)
        {
            float m = float.NegativeInfinity;
            for (int i = 0; i < batch; i++)
            {
                m = MathF.Max(m, sim[i * batch + j] / temperature); //~ LG0004
            }

            columnMax[j] = m;
        }

        var p = new float[batch * batch];
        for (int i = 0; i < batch; i++)
        {
            float z = 0f;
            for (int j = 0; j < batch; j++)
            {
                float e = MathF.Exp(sim[i * batch + j] / temperature - columnMax[j]);
                p[i * batch + j] = e;
                z += e;
            }

            for (int j = 0; j < batch; j++)
            {
                p[i * batch + j] /= z;
            }
        }

        return p;
    }
}
