// Idiom: knowledge-tracing next-answer distributions with each student's sequence stored flat (steps * options per
// student); the normaliser is declared once per student, above the step loop, and never reset per step.
// Layout: jagged float[students][steps * options], stride = options; float.Exp.
// Bug: LG0002 (step t is divided by the running total of steps 0..t).
using System;

namespace HeldOut50.KnowledgeTracing_StepSumCarried;

public static class FlatSequences
{
    public static float[][] NextAnswer(float[][] studentLogits, int options)
    {
        var output = new float[studentLogits.Length][];
        for (int s = 0; s < studentLogits.Length; s++)
        {
            float[] row = studentLogits[s];
            int steps = row.Length / options;
            var p = new float[row.Length];
            float z = 0f;
            for (int t = 0; t < steps; t++)
            {
                int o = t * options;
                float m = row[o];
                for (int k = 1; k < options; k++)
                {
                    if (row[o + k] > m) m = row[o + k];
                }

                for (int k = 0; k < options; k++)
                {
                    p[o + k] = float.Exp(row[o + k] - m);
                    z += p[o + k]; //~ LG0002
                }

                for (int k = 0; k < options; k++)
                {
                    p[o + k] /= z;
                }
            }

            output[s] = p;
        }

        return output;
    }
}
