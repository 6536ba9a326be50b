// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// One error per cause: ForwardRow writing into a field (<c>Scratch[i] = …</c> with a static array) is reported at the
/// write (LG1112); reads of that field's elements are the same mistake, so they are rejected without an error of
/// their own (one follow-on LG1116 per read would bury the cause).
/// </summary>
internal sealed partial class ForwardRowLowering
{
    private readonly HashSet<IFieldSymbol> _writtenFields = new(SymbolEqualityComparer.Default);

    /// <summary>Records the field behind an assignment target (the field itself or an element of an array/span it holds).</summary>
    private void RecordWrittenField(IOperation target)
    {
        if (FieldBehind(target) is { } field)
        {
            _writtenFields.Add(field);
        }
    }

    /// <summary>True for a read of (an element of) a field ForwardRow also writes: its write is reported.</summary>
    private bool ReadsWrittenField(IOperation operation) => FieldBehind(operation) is { } field && _writtenFields.Contains(field);

    private static IFieldSymbol? FieldBehind(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IFieldReferenceOperation field:
                    return field.Field;
                case IArrayElementReferenceOperation element:
                    operation = element.ArrayReference;
                    break;
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance }:
                    operation = instance;
                    break;
                case IImplicitIndexerReferenceOperation indexer:
                    operation = indexer.Instance;
                    break;
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    break;
                default:
                    return null;
            }
        }
    }
}
