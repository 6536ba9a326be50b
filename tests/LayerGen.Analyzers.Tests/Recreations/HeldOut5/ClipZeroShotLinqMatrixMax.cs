// Source: CLIP zero-shot image tagging in C# (image × label similarity matrix, softmax per image).
// Layout: flat double[images, labels].
// Bug (LG0001): the max is LINQ Max() over the whole similarity matrix, every image's labels together.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut5.ClipZeroShotLinqMatrixMaxNs;

public static class ClipZeroShotLinqMatrixMax
{
    public static double[] LabelProbabilities(double[] similarity, int images, int labels)
    {
        double top = similarity.Max(); //~ LG0001
        var p = new double[similarity.Length];
        for (int img = 0; img < images; img++)
        {
            double z = 0.0;
            for (int l = 0; l < labels; l++)
            {
                p[img * labels + l] = Math.Exp(similarity[img * labels + l] - top);
                z += p[img * labels + l];
            }
            for (int l = 0; l < labels; l++)
            {
                p[img * labels + l] /= z;
            }
        }
        return p;
    }
}
