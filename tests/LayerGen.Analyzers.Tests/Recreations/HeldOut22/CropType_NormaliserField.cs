// Source: re-creates the shape of crop-type mapping from Sentinel-2 NDVI time series per field parcel (temporal CNN /
// transformer classifiers of the BreizhCrops benchmark, Rußwurm et al. 2020): crop posteriors per parcel.
// Layout: row-major float[parcels, crops]; an instance class whose fields hold the intermediate peaks and the
// normaliser between passes.
// Label: LG0002 — the peaks are per parcel, but the normaliser is one float field reset once per call and accumulated
// over every parcel, so no parcel's posteriors sum to 1.
using System;

namespace HeldOut22.CropType_NormaliserField;

/// <summary>Crop-type posteriors per parcel, with the statistics kept for reporting.</summary>
public sealed class ParcelClassifier
{
    private float[] _parcelPeak = Array.Empty<float>();
    private float _norm;

    /// <summary>posterior[p, k] = softmax over the crops k of logits[p, k].</summary>
    public float[,] Posteriors(float[,] logits)
    {
        int parcels = logits.GetLength(0);
        int crops = logits.GetLength(1);
        _parcelPeak = new float[parcels];
        _norm = 0f;
        var posterior = new float[parcels, crops];

        for (int p = 0; p < parcels; p++)
        {
            _parcelPeak[p] = float.NegativeInfinity;
            for (int k = 0; k < crops; k++)
            {
                _parcelPeak[p] = MathF.Max(_parcelPeak[p], logits[p, k]);
            }
        }

        for (int p = 0; p < parcels; p++)
        {
            for (int k = 0; k < crops; k++)
            {
                posterior[p, k] = MathF.Exp(logits[p, k] - _parcelPeak[p]);
                _norm += posterior[p, k]; //~ LG0002
            }
        }

        for (int p = 0; p < parcels; p++)
        {
            for (int k = 0; k < crops; k++)
            {
                posterior[p, k] /= _norm;
            }
        }

        return posterior;
    }
}
