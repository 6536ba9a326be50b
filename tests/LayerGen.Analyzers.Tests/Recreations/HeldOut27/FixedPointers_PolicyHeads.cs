// Idiom: unsafe code, `fixed` pinning and raw float* walking with a row pointer.
// Use: actor-critic policy head, one action distribution per environment.
// Layout: flat row-major float[envs * actions], float* row = src + e * actions.
// Label: Correct.
namespace LayerGen.Recreations.HeldOut27;

public static unsafe class FixedPointerPolicy
{
    /// <summary>Action probabilities for every environment, written in place of a copy of the logits.</summary>
    public static void ActionProbabilities(float[] logits, float[] policy, int envs, int actions)
    {
        fixed (float* src = logits)
        fixed (float* dst = policy)
        {
            for (int e = 0; e < envs; e++)
            {
                float* row = src + e * actions;
                float* outRow = dst + e * actions;
                float max = *row;
                for (float* p = row + 1; p < row + actions; p++)
                {
                    if (*p > max) max = *p;
                }

                float sum = 0f;
                for (int a = 0; a < actions; a++)
                {
                    outRow[a] = System.MathF.Exp(row[a] - max);
                    sum += outRow[a];
                }

                for (int a = 0; a < actions; a++)
                {
                    outRow[a] /= sum;
                }
            }
        }
    }
}
