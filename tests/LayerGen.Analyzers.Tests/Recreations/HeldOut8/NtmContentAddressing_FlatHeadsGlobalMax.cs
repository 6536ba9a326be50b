// Source: Neural Turing Machine content addressing (Graves et al. 2014; w_c = softmax(beta * K[k, M_i]) over memory
// slots, one per read/write head; the loudinthecloud/pytorch-ntm `_similarity` step), re-created.
// Layout: flat double[heads * slots] cosine similarities, double[] beta per head, offsets h * slots.
// Bug (LG0001): one maximum of beta * K over every head's slots is subtracted in each head's softmax; a head far
// below the loudest head underflows to 0/0.
using System;

namespace LayerGen.Recreations.HeldOut8;

public static class NtmContentAddressing_FlatHeadsGlobalMax
{
    public static double[] ContentWeights(double[] similarity, double[] beta, int slots)
    {
        int heads = beta.Length;
        double max = double.NegativeInfinity;
        for (int h = 0; h < heads; h++)
            for (int i = 0; i < slots; i++)
                max = Math.Max(max, beta[h] * similarity[h * slots + i]); //~ LG0001

        var w = new double[similarity.Length];
        for (int h = 0; h < heads; h++)
        {
            int o = h * slots;
            double z = 0;
            for (int i = 0; i < slots; i++)
            {
                w[o + i] = Math.Exp(beta[h] * similarity[o + i] - max);
                z += w[o + i];
            }
            for (int i = 0; i < slots; i++) w[o + i] /= z;
        }
        return w;
    }
}
