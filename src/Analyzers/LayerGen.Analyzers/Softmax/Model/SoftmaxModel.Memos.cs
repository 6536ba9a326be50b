using System.Collections.Generic;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The memos that keep a long method's questions linear (reduction scans and folds, flat indices, block strides,
/// refilled scratch dimensions, finite starts). Each answer reads the value caches, the dimension classes and the
/// model's facts (stored buffer contents, helpers' local maxima); all three grow while the model is built, so the
/// memos hold only while none of them changed since: an answer is reused exactly when recomputing it would read the
/// same state.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Counts changes of the facts the memoised answers read besides values and classes.</summary>
    private int _factsVersion;
    private (int Classes, int Facts) _memosVersion = (-1, -1);

    /// <summary>Clears the memos when the classes or the facts changed since they were filled.</summary>
    private void EnsureMemosCurrent()
    {
        var version = (Classes.Version, _factsVersion);
        if (version != _memosVersion)
        {
            ClearMemos();
            _memosVersion = version;
        }
    }

    private void ClearMemos()
    {
        _flatIndices = null;
        _stridesSeen = null;
        _stridesWithinBlocks.Clear();
        _reductionScans.Clear();
        _refilledDims.Clear();
        _finiteStarts.Clear();
        _invalidShiftForms.Clear();
        _leastFoldedValues.Clear();
    }
}
