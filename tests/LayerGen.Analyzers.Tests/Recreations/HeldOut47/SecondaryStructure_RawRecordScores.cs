// Idiom: 3-state secondary structure (helix/strand/coil) probabilities per residue, scores kept in a record struct
// per residue and the probabilities returned as another record struct.
// Layout: IReadOnlyList<HecScores> of readonly record structs (members Helix, Strand, Coil); float[3] scratch; MathF.Exp.
// Bug LG0003: the scores are exponentiated raw (no maximum subtracted) before the division by their sum: overflow to
// Infinity/NaN for scores above ~88.
using System;
using System.Collections.Generic;

namespace HeldOut47.SecondaryStructure_RawRecordScores;

public readonly record struct HecScores(int Residue, float Helix, float Strand, float Coil);

public readonly record struct HecProbabilities(int Residue, float Helix, float Strand, float Coil);

public static class StructurePredictor
{
    public static HecProbabilities[] Probabilities(IReadOnlyList<HecScores> residues)
    {
        var result = new HecProbabilities[residues.Count];
        var z = new float[3];
        for (int i = 0; i < residues.Count; i++)
        {
            HecScores r = residues[i];
            z[0] = r.Helix;
            z[1] = r.Strand;
            z[2] = r.Coil;
            float total = 0f;
            for (int s = 0; s < 3; s++)
            {
                z[s] = MathF.Exp(z[s]); //~ LG0003
                total += z[s];
            }

            result[i] = new HecProbabilities(r.Residue, z[0] / total, z[1] / total, z[2] / total);
        }

        return result;
    }
}
