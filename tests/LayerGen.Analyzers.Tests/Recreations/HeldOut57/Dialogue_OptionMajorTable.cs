// Idiom: dialogue choice weights for a crowd of NPCs stored option-major (one row per reply option, one column per NPC).
// Use: conversation system for a group scene; each NPC's distribution is one column.
// Layout: float[,] affinity [options, npcs] (transposed), float[] optionPeak field reused across frames.
// Label: LG0004 — the peak is taken along an option's row (over the NPCs) while each sum runs down an NPC's column (over
// the options): different shifts inside one distribution give a wrong distribution. Our own code.
using System;

namespace HeldOut57.Dialogue_OptionMajorTable
{
    public sealed class GroupDialogue
    {
        private float[] _optionPeak = Array.Empty<float>();

        public void Weigh(float[,] affinity, float[,] weights)
        {
            int options = affinity.GetLength(0);
            int npcs = affinity.GetLength(1);
            if (_optionPeak.Length != options) _optionPeak = new float[options];

            for (int o = 0; o < options; o++)
            {
                float p = float.NegativeInfinity;
                for (int n = 0; n < npcs; n++)
                    if (affinity[o, n] > p) p = affinity[o, n]; //~ LG0004
                _optionPeak[o] = p;
            }

            for (int n = 0; n < npcs; n++)
            {
                float sum = 0f;
                for (int o = 0; o < options; o++)
                {
                    weights[o, n] = MathF.Exp(affinity[o, n] - _optionPeak[o]);
                    sum += weights[o, n];
                }

                for (int o = 0; o < options; o++)
                    weights[o, n] /= sum;
            }
        }
    }
}
